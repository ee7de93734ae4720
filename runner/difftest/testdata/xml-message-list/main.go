// difftest: same
package main

import (
	"encoding/xml"
	"fmt"
)

type Priority int

type Author struct {
	Nick string `xml:"nick,attr"`
	Host string `xml:",chardata"`
}

type Header struct {
	ID   int    `xml:"id,attr"`
	Room string `xml:"room,attr,omitempty"`
}

type Quote struct {
	ID   int    `xml:"ref,attr"`
	Text string `xml:",chardata"`
}

type Message struct {
	Header
	From    Author
	Text    string   `xml:"text"`
	Tags    []string `xml:"tag"`
	Pri     Priority `xml:"pri,omitempty"`
	Reply   *Quote   `xml:"reply,omitempty"`
	seen    bool
	counter int
}

type Inbox struct {
	Owner    string
	Messages []Message `xml:"msg"`
}

func main() {
	msgs := []Message{
		{Header: Header{1, "lobby"}, From: Author{"ana", "10.0.0.1"}, Text: "hi <all>", Tags: []string{"greet"}, seen: true},
		{Header: Header{ID: 2}, From: Author{"bo", "10.0.0.2"}, Text: "pong", Pri: 3, counter: 7},
	}
	msgs[1].Reply = &Quote{msgs[0].ID, msgs[0].Text}

	b, err := xml.MarshalIndent(msgs, "", "  ")
	fmt.Println(string(b), err)

	b, err = xml.MarshalIndent(Inbox{"carol", msgs[:1]}, "# ", "    ")
	fmt.Println(string(b), err)

	b, err = xml.Marshal(&msgs[1])
	fmt.Println(string(b), err)

	b, err = xml.Marshal([]*Message{&msgs[0], nil, &msgs[0]})
	fmt.Println(string(b), err)

	b, err = xml.Marshal(Priority(9))
	fmt.Println(string(b), err)

	b, err = xml.Marshal([][]Author{{{"x", "h1"}}, {{"y", "h2"}, {"z", "h3"}}})
	fmt.Println(string(b), err)
}
