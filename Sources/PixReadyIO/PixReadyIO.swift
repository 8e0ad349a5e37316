// I/O library: filled by the readers and writers.
