// difftest: same
package main

// A status server answers in the format the client asks for, looked up
// in a table of encoders: json.Marshal itself beside a function literal
// that indents. Health is an enum that writes itself as a word; the
// table's functions take the reports as any.

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Health is how a service is doing.
type Health int

const (
	Up Health = iota
	Degraded
	Down
)

// MarshalJSON writes the health as a word.
func (h Health) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"up", "degraded", "down"}[h])
}

// Service is one line of a status report.
type Service struct {
	Name   string `json:"name"`
	Health Health `json:"health"`
	Checks int    `json:"checks,omitempty"`
}

// Report is what the server sends.
type Report struct {
	Host     string    `json:"host"`
	Services []Service `json:"services"`
	Worst    *Service  `json:"worst,omitempty"`
}

var formats = map[string]func(any) ([]byte, error){
	"json": json.Marshal,
	"pretty": func(v any) ([]byte, error) {
		return json.MarshalIndent(v, "", "  ")
	},
}

func answer(format string, v any) {
	encode := formats[format]
	if encode == nil {
		fmt.Printf("%s: unknown format\n", format)
		return
	}
	b, err := encode(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s: %s\n", format, b)
}

func main() {
	r := Report{Host: "db1", Services: []Service{{"postgres", Up, 3}, {"backup", Down, 0}}}
	r.Worst = &r.Services[1]
	names := make([]string, 0, len(formats))
	for name := range formats {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range append(names, "xml") {
		answer(name, r)
	}
	answer("json", Service{"cache", Degraded, 1})
	answer("json", []Service{{Name: "dns"}})
	fmt.Println(formats["json"] != nil, formats["csv"] == nil)
}
