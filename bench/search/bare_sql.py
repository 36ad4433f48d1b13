"""Reads the statement log PostgreSQL wrote while bench/search.sh replayed requests one at a time
(log_min_duration_statement = 0; the embedded PostgreSQL logs into the application's log), sums the
database time of each request between its marker statements, prints it beside the request's total
time, and writes EXPLAIN ANALYZE of the slowest statement of each scenario.
Usage: bare_sql.py APP_LOG TIMES_FILE OUT_DIR [ALONE_LOG ALONE_TIMES_FILE]
With the last two, the statement log and times of the same requests replayed by an application that keeps
nothing in memory (bench/search.sh SQL_ALONE): the SQL PostgreSQL alone needs for the same searches."""
import re
import statistics
import subprocess
import sys

log_file, times_file, out_dir = sys.argv[1:4]
RECORD = re.compile(r'^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[(\d+)\] (LOG|DETAIL|ERROR|STATEMENT|NOTICE|WARNING):  (.*)$')
PREFIX = re.compile(r'^\S+\s+\w+ \d+ --- \[[^\]]*\] \[[^\]]*\] \S+\s*: ?')
DURATION = re.compile(r'^duration: ([\d.]+) ms\s+(?:(?:parse|bind|execute) ([^:]*): |statement: )?(.*)$', re.S)


def read(log_file, times_file):
    """The statements of each replayed request, (scenario, i) -> [(ms, sql, params)], and the request
    times, (scenario, i) -> (ms, path)."""
    records = []  # [pid, level, text]
    for raw in open(log_file, encoding='utf-8', errors='replace'):
        line = raw.rstrip('\n')
        m = PREFIX.match(line)
        if m:
            line = line[m.end():]
        r = RECORD.match(line)
        if r:
            records.append([r.group(1), r.group(2), r.group(3)])
        elif records and not m:
            records[-1][2] += '\n' + line
        elif records and m and not RECORD.match(line) and 'EmbeddedPostgres' in raw:
            records[-1][2] += '\n' + line
    requests = {}
    current = None
    marker_pids = set()
    for k, (pid, level, text) in enumerate(records):
        if level != 'LOG':
            continue
        d = DURATION.match(text)
        if not d:
            continue
        sql = d.group(3)
        mark = re.search(r"'bench-(begin|end) (\S+) (\d+)'", sql)
        if mark and sql.lstrip().upper().startswith('SELECT'):
            marker_pids.add(pid)
            current = (mark.group(2), int(mark.group(3))) if mark.group(1) == 'begin' else None
            if current:
                requests[current] = []
            continue
        if current is None or pid in marker_pids:
            continue
        params = ''
        if k + 1 < len(records) and records[k + 1][0] == pid and records[k + 1][1] == 'DETAIL':
            params = records[k + 1][2]
        requests[current].append((float(d.group(1)), sql, params))
    totals = {}
    for line in open(times_file):
        scenario, i, seconds, path = line.split(' ', 3)
        totals[(scenario, int(i))] = (float(seconds) * 1000, path.strip())
    return requests, totals


requests, totals = read(log_file, times_file)
# optionally, the same requests replayed with PostgreSQL doing all the work (bench/search.sh SQL_ALONE)
alone = read(*sys.argv[4:6]) if len(sys.argv) >= 6 else None

print()
if alone:
    print('%-22s %11s %9s %10s %12s %11s %10s' % ('scenario', 'request ms', 'SQL ms', 'overhead', 'statements',
                                                 'SQL alone', 'vs alone'))
else:
    print('%-22s %14s %14s %10s %12s' % ('scenario', 'request ms', 'SQL ms', 'overhead', 'statements'))
slowest = {}
for scenario in dict.fromkeys(s for s, _ in totals):
    keys = [k for k in totals if k[0] == scenario]
    app = statistics.median(totals[k][0] for k in keys)
    sql = statistics.median(sum(ms for ms, _, _ in requests.get(k, [])) for k in keys)
    count = statistics.median(len(requests.get(k, [])) for k in keys)
    ratio = app / sql if sql > 0 else float('nan')
    if alone:
        alone_keys = [k for k in alone[1] if k[0] == scenario]
        by_itself = statistics.median(sum(ms for ms, _, _ in alone[0].get(k, [])) for k in alone_keys) if alone_keys else float('nan')
        print('%-22s %11.1f %9.1f %9.1fx %12d %11.1f %9.2fx' % (scenario, app, sql, ratio, count, by_itself,
                                                               app / by_itself if by_itself > 0 else float('nan')))
    else:
        print('%-22s %14.1f %14.1f %9.1fx %12d' % (scenario, app, sql, ratio, count))
    for k in keys:
        for entry in requests.get(k, []):
            if scenario not in slowest or entry[0] > slowest[scenario][0]:
                slowest[scenario] = entry
print('(medians of up to %d requests each, one at a time; SQL ms = sum of the durations PostgreSQL logged for the request'
      % max(sum(1 for k in totals if k[0] == s) for s, _ in totals)
      + ('; SQL alone = the same for the same requests answered by PostgreSQL alone, nothing kept in memory;'
         ' vs alone = request ms / SQL alone)' if alone else ')'))

PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
for scenario, (ms, sql, params) in slowest.items():
    values = {int(n): v for n, v in PARAM.findall(params)}
    bound = sql
    for n in sorted(values, reverse=True):
        bound = re.sub(r'\$%d(?!\d)' % n, values[n].replace('\\', '\\\\'), bound)
    with open('%s/plan-%s.txt' % (out_dir, scenario), 'w') as out:
        out.write('-- slowest statement of %s: %.1f ms when logged\n%s\n\n' % (scenario, ms, bound))
        result = subprocess.run(['psql', '-X', '-q', '-c', 'EXPLAIN (ANALYZE, BUFFERS) ' + bound],
                                capture_output=True, text=True)
        out.write(result.stdout + result.stderr)
