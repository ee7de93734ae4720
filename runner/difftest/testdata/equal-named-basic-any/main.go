// difftest: refused the interpreter makes a type on a basic type with a pointer method that basic type at run time, so == of interfaces holding the two is true
package main

// A settings store keeps values as any: a file mode of its own type (with
// a String and a pointer Set method, as a flag.Value would have) and raw
// bytes read from a header. Go tells Mode(1) from uint8(1) by its type:
// the interfaces holding them are not equal, and they are two keys of a
// map. The interpreter made Mode a uint8 at run time, so they were equal.

import "fmt"

type Mode uint8

func (m Mode) String() string {
	switch m {
	case 0:
		return "read"
	case 1:
		return "write"
	}
	return fmt.Sprintf("Mode(%d)", uint8(m))
}

func (m *Mode) Set(s string) error {
	switch s {
	case "read":
		*m = 0
	case "write":
		*m = 1
	default:
		return fmt.Errorf("unknown mode %q", s)
	}
	return nil
}

func main() {
	var m Mode
	if err := m.Set("write"); err != nil {
		fmt.Println(err)
		return
	}
	settings := map[string]any{
		"mode":    m,
		"version": uint8(1),
	}
	same := settings["mode"] == settings["version"]
	fmt.Println("mode:", settings["mode"], "version:", settings["version"], "equal:", same)
	seen := map[any]string{}
	for _, k := range []string{"mode", "version"} {
		seen[settings[k]] = k
	}
	fmt.Println("distinct values:", len(seen))
}
