// browse pages
