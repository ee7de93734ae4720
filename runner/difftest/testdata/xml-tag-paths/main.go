// difftest: same
package main

// A config whose tags put one field inside another's element.

import (
	"encoding/xml"
	"fmt"
)

type Server struct {
	Addr string `xml:"listen>addr"`
	Port string `xml:"listen"`
}

func main() {
	out, err := xml.MarshalIndent(Server{"127.0.0.1", "8080"}, "", "  ")
	fmt.Printf("%s %v\n", out, err)
	var s Server
	err = xml.Unmarshal([]byte("<Server><listen><addr>::1</addr></listen></Server>"), &s)
	fmt.Println(s, err)
}
