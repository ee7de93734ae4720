package watch

// RerunKey is the key that reruns the target by hand: Ctrl-R. No program
// under watch ever receives it, so it never collides with what a program
// reads, and Enter always reaches a program that reads the keyboard.
const RerunKey = '\x12'

// RerunKeyName names RerunKey in messages and help.
const RerunKeyName = "Ctrl-R"
