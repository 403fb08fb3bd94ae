import Testing

/// Tests that read lines or raise SIGINT share the process-wide interrupt handling, so they run one
/// at a time: an interrupt raised by one test must not end another test's read.
@Suite(.serialized) struct ReadingTests {}
