"""The command-line layer: parses arguments, calls one core function, reports, returns an exit code."""
