// followup pages
