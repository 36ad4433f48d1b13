// curation pages
