// account pages
