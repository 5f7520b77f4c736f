"""The news layer: read articles, find coup warning signs in them and store what was found."""
