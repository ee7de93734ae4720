// difftest: refused the interpreter's struct types export a script's unexported fields, which gob then sends
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Session struct {
	User  string
	token string
}

func main() {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(Session{"ann", "secret"}); err != nil {
		fmt.Println(err)
		return
	}
	var s Session
	err := gob.NewDecoder(&buf).Decode(&s)
	fmt.Printf("%+v %v\n", s, err)
}
