"""Country reference data: Gleditsch–Ward states with ISO codes, names, regions and aliases."""
