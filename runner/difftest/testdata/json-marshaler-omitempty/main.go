// difftest: same
package main

// A weather report whose fields encode themselves: a Celsius with its own
// MarshalJSON, tagged omitempty, through a pointer that may be nil, and
// omitzero. encoding/json leaves out an empty field by what it holds, not
// by what its method would write.

import (
	"encoding/json"
	"fmt"
)

// Celsius is a temperature, written with its unit.
type Celsius float64

// MarshalJSON writes the temperature as a string with its unit.
func (c Celsius) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%.1f°C", float64(c)))
}

// Report is one station's reading.
type Report struct {
	Station string   `json:"station"`
	Temp    Celsius  `json:"temp,omitempty"`
	Low     *Celsius `json:"low,omitempty"`
	High    *Celsius `json:"high"`
	Feels   Celsius  `json:"feels,omitzero"`
	Dew     Celsius  `json:"dew"`
}

func main() {
	low := Celsius(-2.5)
	reports := []Report{
		{Station: "harbour"},
		{Station: "hill", Temp: 12.25, Low: &low, Feels: 10},
		{Station: "valley", Temp: -0.04, High: &low, Dew: 3},
	}
	for _, r := range reports {
		b, err := json.Marshal(r)
		fmt.Println(string(b), err)
	}
	b, err := json.Marshal(&reports[1])
	fmt.Println(string(b), err)
}
