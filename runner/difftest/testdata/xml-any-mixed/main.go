// difftest: same
package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Celsius float64

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Reading struct {
	Sensor string  `xml:"sensor,attr"`
	Temp   Celsius `xml:"temp"`
	Level  Level   `xml:"level"`
}

type Alarm struct {
	XMLName xml.Name
	Reason  string
}

type Envelope struct {
	XMLName xml.Name `xml:"envelope"`
	Body    any      `xml:"body"`
	Parts   []any
}

func main() {
	r := Reading{"north", 21.5, 2}
	values := []any{
		r,
		&r,
		Celsius(-3),
		Level(1),
		Alarm{Reason: "door"},
		Alarm{XMLName: xml.Name{Local: "fire"}, Reason: "smoke"},
		[]Reading{{"a", 1, 0}, {"b", 2, 1}},
		Envelope{Body: r, Parts: []any{Level(0), "text", 7, Alarm{Reason: "x"}}},
		"plain",
	}
	for i, v := range values {
		b, err := xml.Marshal(v)
		fmt.Printf("%d: %s %v\n", i, b, err)
	}
	b, err := xml.MarshalIndent(values[:3], "", " ")
	fmt.Println(string(b), err)

	enc := xml.NewEncoder(os.Stdout)
	for _, v := range values[4:6] {
		if err := enc.Encode(v); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println()
}
