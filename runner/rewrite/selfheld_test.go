package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("selfheld_history", "tcp-chat-history"),
		fromCorpus("selfheld_commands", "lab-shell-command-list"))
}

// TestSelfHeld: a struct type with a slice or an array of a type that
// holds it again (through a pointer, or a function's parameter) gets a
// function that takes a pointer to it, declared after the imports on
// their line; a struct that holds only itself, or a map of such a type,
// gets none.
func TestSelfHeld(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\n"
	liftHolds(t, head+"type message struct{ from *client }\n\ntype client struct{ seen []message }\n\nfunc main() { fmt.Println(client{}) }\n",
		[]string{"import \"fmt\"; func _slTouch1(_p2 *client) {}\n"}, []string{"(*message)", "_p2 *message"})
	liftHolds(t, head+"type Cmd struct{ Run func(*Shell) }\n\ntype Shell struct{ cmds [4]Cmd }\n\nfunc main() { fmt.Println(Shell{}) }\n",
		[]string{"_slTouch1(_p2 *Shell) {}"}, nil)
	liftHolds(t, head+"type Node struct {\n\tkids []*Node\n\tnext *Node\n}\n\ntype Cmd struct{ Run func(*Shell) }\n\ntype Shell struct{ cmds map[string]Cmd }\n\nfunc main() { fmt.Println(Node{}, Shell{}) }\n",
		nil, []string{"_slTouch"})
}
