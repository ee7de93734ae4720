// difftest: same
package main

// How much smaller gob is than JSON, as a student measures it: the first
// gob message carries the descriptions of the types, named as Go names
// them, the next ones only the values.

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
)

type Skill struct {
	Name  string
	Level int
}

type Employee struct {
	Name    string
	Age     int
	Manager *Employee
	Skills  []Skill
	Tags    map[string]bool
}

func main() {
	staff := []Employee{
		{Name: "Ann", Age: 41, Skills: []Skill{{"go", 5}, {"sql", 3}}, Tags: map[string]bool{"lead": true}},
		{Name: "Bob", Age: 29, Manager: &Employee{Name: "Ann"}, Skills: []Skill{{"go", 2}}},
	}
	var gb, jb bytes.Buffer
	enc := gob.NewEncoder(&gb)
	for i, e := range staff {
		before := gb.Len()
		if err := enc.Encode(e); err != nil {
			fmt.Println("gob:", err)
			return
		}
		if err := json.NewEncoder(&jb).Encode(e); err != nil {
			fmt.Println("json:", err)
			return
		}
		fmt.Printf("employee %d: gob %d bytes, JSON so far %d bytes\n", i, gb.Len()-before, jb.Len())
	}
	var all bytes.Buffer
	if err := gob.NewEncoder(&all).Encode(staff); err != nil {
		fmt.Println("gob:", err)
		return
	}
	fmt.Println("the whole slice:", all.Len(), "bytes of gob")
	var back []Employee
	if err := gob.NewDecoder(&all).Decode(&back); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(back[1].Name, "reports to", back[1].Manager.Name, back[0].Skills)
}
