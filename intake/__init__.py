"""The CME intake service: command line, pipeline, store and watcher."""
