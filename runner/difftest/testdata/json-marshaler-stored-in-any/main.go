// difftest: same

package main

// Values of struct types with their own MarshalJSON and MarshalText,
// declared and assigned as an any and then encoded, alone, in a struct's
// any field, in slices and maps; and what else the program does with them:
// a type switch, ==, printing and a comma-ok assertion.

import (
	"encoding/json"
	"fmt"
	"os"
)

type Reply struct {
	Status string
	code   int
}

func (r Reply) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"status": r.Status, "ok": r.code == 0})
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }

type envelope struct {
	Kind string
	Body any
}

func main() {
	var reply any = Reply{"done", 0}
	b, _ := json.Marshal(reply)
	fmt.Println(string(b))
	var body any
	body = Reply{"failed", 2}
	env := envelope{"reply", body}
	b, _ = json.Marshal(env)
	fmt.Println(string(b))
	var key any = Point{1, 2}
	b, _ = json.Marshal([]any{key, reply})
	fmt.Println(string(b))
	switch v := reply.(type) {
	case Reply:
		fmt.Println("a reply", v.Status, v.code)
	default:
		fmt.Println("other")
	}
	fmt.Println(reply == Reply{"done", 0}, body == reply, key)
	fmt.Printf("%v %+v %T\n", reply, body, key)
	json.NewEncoder(os.Stdout).Encode(map[string]any{"r": reply, "k": key})
	body = nil
	fmt.Println(body == nil)
	if r, ok := reply.(Reply); ok {
		fmt.Println(r.Status)
	}
}
