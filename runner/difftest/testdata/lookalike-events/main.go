// difftest: same
package main

import "fmt"

// Events of a chat room, sent on one channel.
type Join struct{ Name string }
type Leave struct{ Name string }
type Say struct{ Name, Text string }

func main() {
	events := make(chan any, 4)
	events <- Join{"ann"}
	events <- Say{"ann", "hi"}
	events <- Leave{"ann"}
	close(events)
	online := map[string]bool{}
	for ev := range events {
		switch e := ev.(type) {
		case Join:
			online[e.Name] = true
			fmt.Println(e.Name, "joined")
		case Leave:
			delete(online, e.Name)
			fmt.Println(e.Name, "left")
		case Say:
			fmt.Printf("%s: %s\n", e.Name, e.Text)
		}
	}
	fmt.Println(len(online), "online")
}
