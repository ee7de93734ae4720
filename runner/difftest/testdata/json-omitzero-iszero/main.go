// difftest: refused encoding/json's omitzero calls a script type's IsZero method, which reflect does not see under the interpreter
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct{ Cents int }

func (m Money) IsZero() bool { return m.Cents < 0 }

type Order struct {
	ID      int       `json:"id"`
	Note    string    `json:"note,omitzero"`
	At      time.Time `json:"at,omitzero"`
	Price   Money     `json:"price,omitzero"`
	Tags    []string  `json:"tags,omitempty"`
	Created time.Time `json:"created,omitempty"`
}

func main() {
	b, _ := json.Marshal(Order{ID: 1})
	fmt.Println(string(b))
	b, _ = json.Marshal(Order{ID: 2, Price: Money{-1}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Order{ID: 3, Note: "x", At: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
	fmt.Println(string(b))
}
