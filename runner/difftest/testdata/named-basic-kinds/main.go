// difftest: same
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

type UserName string
type Online bool
type Packet []byte
type Port int
type Level int

const (
	Quiet Level = iota
	Chatty
)

func label(v any) string {
	switch x := v.(type) {
	case string:
		return "string " + x
	case UserName:
		return "user " + strings.ToUpper(string(x))
	case bool:
		return fmt.Sprint("bool ", x)
	case Online:
		if x {
			return "online"
		}
		return "offline"
	case Packet:
		return fmt.Sprintf("packet of %d: %q", len(x), []byte(x))
	case []byte:
		return fmt.Sprintf("bytes %x", x)
	case Port, Level:
		return fmt.Sprintf("port or level %v", x)
	case int:
		return fmt.Sprint("int ", x)
	}
	return "?"
}

func main() {
	p := Packet("HELLO\n")
	vals := []any{"bob", UserName("alice"), true, Online(false), p, bytes.TrimSpace(p), Port(8080), Chatty, 3, Quiet}
	for _, v := range vals {
		_, isUser := v.(UserName)
		n, isPort := v.(Port)
		if isPort {
			fmt.Println(label(v), isUser, "port", n+1)
		} else {
			fmt.Println(label(v), isUser)
		}
	}
	users := []UserName{"carol", "alice", "bob"}
	sort.Slice(users, func(i, j int) bool { return users[i] < users[j] })
	byName := map[any]int{}
	for i, u := range users {
		byName[u] = i
	}
	fmt.Println(users, byName[UserName("bob")], byName["bob"], len(byName))
	var lvl any = Chatty
	fmt.Println(lvl == any(1), lvl == any(Chatty), lvl == any(Port(1)))
}
