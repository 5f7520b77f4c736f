"""Leader risk: when and how a sitting leader leaves office (competing risks on leader-months)."""
