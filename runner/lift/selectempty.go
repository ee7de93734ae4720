package lift

// SelectNoCases blocks for ever as select {} does in compiled code, in
// the runtime's state "select (no cases)" (pass selectempty of
// runner/rewrite calls it for a script's select {}).
func SelectNoCases() { select {} }
