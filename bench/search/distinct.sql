-- Paths of text searches for the search-text-distinct scenario of bench/search.sh: words drawn from a
-- sample of the database's own texts, half from its 150 most frequent words (many matches, the
-- costly kind) and half from all of them; one word or two (every third), half of the searches with
-- a country. Deterministic for a given database (hashes, not random()). bench/search.sh keeps the
-- first 3,000 for the load and the next 20, which the load never asks, for the one-at-a-time replay.
SET client_min_messages = warning;
WITH words AS (
  SELECT w, count(*) AS n
  FROM (SELECT regexp_split_to_table(lower(text), '[^a-z]+') AS w
        FROM recommendation TABLESAMPLE SYSTEM (1) REPEATABLE (7)) x
  WHERE length(w) >= 4 AND length(to_tsvector('english', w)) > 0
  GROUP BY w HAVING count(*) >= 2),
ranked AS (SELECT w, row_number() OVER (ORDER BY n DESC, w) AS r FROM words),
sizes AS (SELECT count(*) AS words, least(count(*), 150) AS frequent FROM ranked),
countries AS (SELECT alpha3, row_number() OVER (ORDER BY alpha3) AS r
              FROM country c WHERE EXISTS (SELECT 1 FROM recommendation x WHERE x.country_id = c.id)),
country_count AS (SELECT count(*) AS n FROM countries),
picks AS (
  SELECT i,
         1 + abs(hashint4(i * 7 + 1)) % (CASE WHEN i % 2 = 0 THEN s.frequent ELSE s.words END) AS w1,
         CASE WHEN i % 3 = 0 THEN 1 + abs(hashint4(i * 7 + 2)) % s.words END AS w2,
         CASE WHEN i % 2 = 1 THEN 1 + abs(hashint4(i * 7 + 3)) % cc.n END AS c
  FROM generate_series(1, 6000) i, sizes s, country_count cc),
paths AS (
  SELECT min(p.i) AS i,
         '/recommendations?q=' || a.w || coalesce('+' || b.w, '') || coalesce('&country=' || c.alpha3, '') AS path
  FROM picks p JOIN ranked a ON a.r = p.w1 LEFT JOIN ranked b ON b.r = p.w2 LEFT JOIN countries c ON c.r = p.c
  GROUP BY 2)
SELECT path FROM paths ORDER BY i LIMIT 3020;
