// search pages
