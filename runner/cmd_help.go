package runner

import (
	"io"
)

func helpCommand(stdout io.Writer, cmds []*Command) *Command {
	c := newCommand("help", "help [COMMAND]", "show help for socklab or one of its commands", `
Help lists socklab's commands, or shows the help page of one command.`)
	c.Run = func(args []string) error {
		switch len(args) {
		case 0:
			printCommands(stdout, append(cmds, c))
			return nil
		case 1:
			if args[0] == "help" {
				c.PrintUsage(stdout)
				return nil
			}
			if cmd := find(cmds, args[0]); cmd != nil {
				cmd.PrintUsage(stdout)
				return nil
			}
			return usagef(c, "unknown command %q", args[0])
		}
		return usagef(c, "too many arguments")
	}
	return c
}
