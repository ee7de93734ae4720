// difftest: same
package main

// A client and a server that disagree on what goes over the wire: the
// server sends a Reading, a struct that holds a Location, and the client
// decodes it into a plain number, then a batch of readings into a single
// text. gob's error describes the remote type it received, with its name.

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Location struct {
	Lat, Lon float64
}

type Reading struct {
	Sensor string
	Value  int
	Where  Location
	Notes  []string
}

func main() {
	server, client := net.Pipe()
	go func() {
		enc := gob.NewEncoder(server)
		enc.Encode(Reading{Sensor: "t1", Value: 21, Where: Location{52.5, 13.4}})
		enc.Encode([]Reading{{Sensor: "t2", Value: 19}})
		server.Close()
	}()

	dec := gob.NewDecoder(client)
	var value int
	if err := dec.Decode(&value); err != nil {
		fmt.Println("first:", err)
	}
	var text string
	if err := gob.NewDecoder(client).Decode(&text); err != nil {
		fmt.Println("second:", err)
	}
}
