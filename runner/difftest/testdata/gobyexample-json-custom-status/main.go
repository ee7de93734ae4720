// difftest: same
// encoding/json taken further: an enum with MarshalJSON and
// UnmarshalJSON, an embedded struct, the string option, json.Number, a
// stream of values, MarshalIndent and an Encoder without HTML escaping.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[Status]string{Active: "active", Inactive: "inactive"}[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "inactive":
		*s = Inactive
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

type Meta struct {
	Created time.Time `json:"created"`
	Version int       `json:"version"`
}

type User struct {
	ID     int64    `json:"id,string"`
	Name   string   `json:"name"`
	Email  string   `json:"email,omitempty"`
	Status Status   `json:"status"`
	Roles  []string `json:"roles"`
	Meta
	Score *float64     `json:"score"`
	Attrs map[int]bool `json:"attrs,omitempty"`
}

func main() {
	sc := 9.5
	u := User{ID: 12345678901, Name: "Ann", Status: Active, Meta: Meta{time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), 2}, Score: &sc, Attrs: map[int]bool{10: true, 2: false}}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	var st Status
	err = json.Unmarshal([]byte(`"inactive"`), &st)
	fmt.Println(st, err)
	err = json.Unmarshal([]byte(`"zombie"`), &st)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.5}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	n := m["n"].(json.Number)
	fmt.Println(n, n.String())
	_, err = n.Int64()
	fmt.Println(err)
	f, _ := m["f"].(json.Number).Float64()
	fmt.Println(f)
	stream := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3]`))
	for {
		var v any
		if err := stream.Decode(&v); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(v)
	}
	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"version":"two"}`), &map[string]int{})
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
	fmt.Println(err)
	out, _ := json.MarshalIndent(map[string]any{"z": []int{}, "a": nil, "m": map[string]int{}, "h": "<tag>&"}, ">", "\t")
	fmt.Println(string(out))
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(struct {
		H string
		F float64
		I any
	}{"<b>", 1e21, []any{1, "x"}})
	fmt.Print(sb.String())
	b, err = json.Marshal(map[string]any{"ch": make(chan int)})
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]byte("raw"))
	fmt.Println(string(b))
}
