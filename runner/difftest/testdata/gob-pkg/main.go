// difftest: same
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Msg struct {
	ID    int
	Text  string
	Tags  []string
	Score float64
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for i := 1; i <= 3; i++ {
		if err := enc.Encode(Msg{ID: i, Text: fmt.Sprint("message ", i), Tags: []string{"t"}, Score: float64(i) / 2}); err != nil {
			fmt.Println("encode:", err)
			return
		}
	}
	dec := gob.NewDecoder(&buf)
	for {
		var m Msg
		if err := dec.Decode(&m); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(m.ID, m.Text, m.Tags, m.Score)
	}
	var m2 map[string]int
	var b2 bytes.Buffer
	gob.NewEncoder(&b2).Encode(map[string]int{"x": 1})
	gob.NewDecoder(&b2).Decode(&m2)
	fmt.Println(m2)
}
