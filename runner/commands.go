package runner

import "io"

// commands returns socklab's commands, freshly made so that each Main call
// parses its flags from scratch.
func commands(stdout, stderr io.Writer) []*Command {
	cmds := []*Command{
		runCommand(),
		testCommand(stdout, stderr),
		gradeCommand(stdout, stderr),
		handoutCommand(stdout),
		lessonsCommand(stdout),
		watchCommand(),
		versionCommand(stdout),
	}
	return append(cmds, helpCommand(stdout, cmds))
}
