// difftest: same
package main

// Go 1.24's omitzero: a field is left out where it is its type's zero
// value, or where its type's own IsZero says so (time.Time's).

import (
	"encoding/json"
	"fmt"
	"time"
)

type Point struct{ X, Y int }

type Reading struct {
	Sensor string         `json:"sensor"`
	At     time.Time      `json:"at,omitzero"`
	Where  Point          `json:"where,omitzero"`
	Values []float64      `json:"values,omitzero"`
	Every  time.Duration  `json:"every,omitzero"`
	Extra  map[string]int `json:"extra,omitzero"`
	Note   *string        `json:"note,omitzero"`
}

func main() {
	b, _ := json.Marshal(Reading{Sensor: "a"})
	fmt.Println(string(b))
	note := ""
	b, _ = json.Marshal(Reading{Sensor: "b", Where: Point{0, 1}, Values: []float64{}, Note: &note, Extra: map[string]int{}})
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(Reading{Sensor: "c", At: time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC), Every: time.Second}, "", " ")
	fmt.Println(string(b))
	var back Reading
	err := json.Unmarshal([]byte(`{"sensor":"d","where":{"X":2}}`), &back)
	fmt.Println(back.Sensor, back.Where, back.At.IsZero(), err)
}
