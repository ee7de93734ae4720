// difftest: same
package main

// Methods that fail: encoding/json stops at the first error and names the
// type whose method failed, for MarshalJSON and MarshalText, for a value
// returned that is not JSON, and for a map's key.

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Level is a log level; only a few have names.
type Level int

// MarshalJSON writes the level's name, or fails.
func (l Level) MarshalJSON() ([]byte, error) {
	switch l {
	case 0:
		return []byte(`"info"`), nil
	case 1:
		return []byte(`"warn"`), nil
	case 2:
		return []byte(`{broken`), nil
	}
	return nil, fmt.Errorf("no name for level %d", int(l))
}

// Tag is a label that must not be empty.
type Tag string

// MarshalText writes the tag, or fails for an empty one.
func (t Tag) MarshalText() ([]byte, error) {
	if t == "" {
		return nil, errors.New("empty tag")
	}
	return []byte("#" + string(t)), nil
}

// Code is a status code that writes itself as text, but not 0.
type Code int

// MarshalText writes the code, or fails for 0.
func (c Code) MarshalText() ([]byte, error) {
	if c == 0 {
		return nil, errors.New("no code")
	}
	return []byte(fmt.Sprintf("c%d", int(c))), nil
}

// Entry is one log line.
type Entry struct {
	Msg   string
	Level Level
	Tags  []Tag
}

func main() {
	entries := []Entry{
		{"start", 0, []Tag{"boot"}},
		{"disk", 1, []Tag{"io", ""}},
		{"odd", 2, nil},
		{"lost", 7, nil},
	}
	for _, e := range entries {
		b, err := json.Marshal(e)
		fmt.Printf("%s | %v\n", b, err)
		var me *json.MarshalerError
		if errors.As(err, &me) {
			fmt.Println("  type:", me.Type, "cause:", me.Unwrap())
		}
	}
	l := Level(9)
	_, err := json.Marshal(&l)
	fmt.Println(err)
	_, err = json.MarshalIndent(map[string]Level{"a": 0, "b": 5}, "", " ")
	fmt.Println(err)
	_, err = json.Marshal(map[Code]string{3: "ok", 0: "bad"})
	fmt.Println(err)
}
