// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Emails  []string `json:"emails"`
	Address Address  `json:"address"`
	secret  string
}

func main() {
	p := Person{Name: "Ann", Age: 30, Emails: []string{"a@x.org"}, Address: Address{City: "Oslo"}, secret: "s"}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"b": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"emails":["b@y","c@z"],"address":{"city":"Rome","zip":"00100"}}`), &q)
	fmt.Println(q.Name, q.Age, q.Emails, q.Address.City, q.Address.Zip, err)
	var anyv map[string]any
	json.Unmarshal([]byte(`{"n":1.5,"s":"x","l":[true,null]}`), &anyv)
	fmt.Println(anyv["n"], anyv["s"], anyv["l"])
	err = json.Unmarshal([]byte(`{"name": 5}`), &q)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{bad`), &q)
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]Address{{"A", "1"}, {"B", ""}})
}
