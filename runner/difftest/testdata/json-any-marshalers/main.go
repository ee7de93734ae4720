// difftest: same
package main

// A monitoring endpoint that answers with loosely typed JSON
// (map[string]any and []any) holding values whose types encode
// themselves: encoding/json finds the MarshalJSON or MarshalText of the
// value an interface holds, with Go's rules (a pointer receiver's method
// only for a pointer), and names the type whose method failed.

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// Status is a service's health.
type Status int

// MarshalJSON writes the status as a word.
func (s Status) MarshalJSON() ([]byte, error) {
	if s > 2 {
		return nil, errors.New("unknown status")
	}
	return json.Marshal([...]string{"up", "degraded", "down"}[s])
}

// Addr is a host and port, written as text.
type Addr struct {
	Host string
	Port int
}

// MarshalText writes host:port.
func (a Addr) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%s:%d", a.Host, a.Port)), nil
}

// Uptime has a pointer-receiver MarshalJSON.
type Uptime struct{ Seconds int }

// MarshalJSON writes the uptime in minutes.
func (u *Uptime) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%dm"`, u.Seconds/60)), nil
}

// Check is one health check, with a detail of any type.
type Check struct {
	Name   string `json:"name"`
	Detail any    `json:"detail,omitempty"`
	tries  int
}

func main() {
	up := &Uptime{Seconds: 7260}
	var none *Uptime
	report := map[string]any{
		"status":  Status(1),
		"listen":  Addr{"0.0.0.0", 8080},
		"uptime":  up,
		"copy":    *up,
		"none":    none,
		"checks":  []any{Check{"db", Status(0), 3}, Check{Name: "cache"}, &Check{"dns", []any{Addr{"ns1", 53}}, 1}},
		"plain":   42,
		"nothing": nil,
	}
	b, err := json.Marshal(report)
	fmt.Println(string(b), err)

	var v any = Status(2)
	b, err = json.MarshalIndent(v, "", "  ")
	fmt.Println(string(b), err)

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode([]any{Addr{"::1", 22}, Status(0), "text"}); err != nil {
		fmt.Println(err)
	}

	_, err = json.Marshal(map[string]any{"a": Status(0), "z": []any{Status(7)}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))
}
