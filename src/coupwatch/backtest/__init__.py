"""Rolling-origin backtests: temporal splits, the runner, skill metrics and the HTML report."""
