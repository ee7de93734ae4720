// difftest: same
package main

// A Level decoded from its name fails for an unknown one: the decoder
// stops there and returns the method's error as it is, leaving what it
// decoded before and nothing after; a type error elsewhere names the
// struct and field as Go does.

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Level is a log level.
type Level int

var errLevel = errors.New("unknown level")

// UnmarshalJSON reads the level's name.
func (l *Level) UnmarshalJSON(b []byte) error {
	fmt.Println("  decoding", string(b))
	switch string(b) {
	case `"debug"`:
		*l = 0
	case `"info"`:
		*l = 1
	case `"error"`:
		*l = 2
	default:
		return fmt.Errorf("level %s: %w", b, errLevel)
	}
	return nil
}

// Logger is a logger's settings.
type Logger struct {
	Name  string  `json:"name"`
	Level Level   `json:"level"`
	Extra []Level `json:"extra"`
	Port  int     `json:"port"`
}

func main() {
	inputs := []string{
		`{"name":"app","level":"info","extra":["debug","error"],"port":514}`,
		`{"name":"db","level":"loud","port":9}`,
		`{"extra":["info","huge","debug"],"name":"late"}`,
		`{"name":"web","port":"x","level":"error"}`,
		`{"name":`,
	}
	for _, in := range inputs {
		l := Logger{Name: "?", Port: 1}
		err := json.Unmarshal([]byte(in), &l)
		fmt.Printf("%+v\n%v %v\n", l, err, errors.Is(err, errLevel))
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			fmt.Println("  type error at", te.Field, te.Type)
		}
	}
	var lp *Level
	fmt.Println(json.Unmarshal([]byte(`"info"`), lp))
}
