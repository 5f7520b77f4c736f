"""Forecasting models, all behind one scikit-learn-style estimator interface."""
