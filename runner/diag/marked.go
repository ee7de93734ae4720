package diag

import (
	"strings"
)

// MarkKey is the struct tag key that runner/rewrite (pass structmark)
// gives the last field of a script's struct type that looks like another,
// with the type's name as Go prints it, so that the interpreter makes it
// a runtime type of its own.
const MarkKey = "socklab"

// NameMarked replaces, in msg, each runtime struct type that a mark ends
// with the name of the script's type, as messages name it (see
// nameMarked), for a runtime error that reaches the script.
func NameMarked(msg string) string { return nameMarked(msg) }

// nameMarked replaces, in msg, each runtime struct type that a mark ends
// (struct { Name string "socklab:\"main.Join\"" }) with the name of the
// script's type (main.Join); a type declared in a function has its
// position after a middle dot in the mark, which Go does not print.
func nameMarked(msg string) string {
	tail := MarkKey + `:\"`
	from := 0 // where to look for the next mark
	for {
		i := strings.Index(msg[from:], tail)
		if i < 0 {
			return msg
		}
		i += from
		nameEnd := strings.Index(msg[i+len(tail):], `\""`)
		if nameEnd < 0 {
			return msg
		}
		name := msg[i+len(tail) : i+len(tail)+nameEnd]
		end := i + len(tail) + nameEnd + len(`\""`)
		if !strings.HasPrefix(msg[end:], " }") {
			from = end // a field declared with the last (L, R []int): the last field's mark ends the struct
			continue
		}
		end += len(" }")
		start := structStart(msg[:end])
		if start < 0 {
			return msg
		}
		if dot := strings.Index(name, "·"); dot >= 0 {
			name = name[:dot]
		}
		msg = msg[:start] + name + msg[end:]
		from = start + len(name)
	}
}

// structStart returns where the struct type that ends s begins ("struct
// {" at the brace that matches s's last), or -1.
func structStart(s string) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '}':
			depth++
		case '{':
			depth--
			if depth == 0 {
				if strings.HasSuffix(s[:i], "struct ") {
					return i - len("struct ")
				}
				return -1
			}
		}
	}
	return -1
}
