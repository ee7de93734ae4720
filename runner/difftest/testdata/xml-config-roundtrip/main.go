// difftest: same
package main

import (
	"encoding/xml"
	"fmt"
)

type Listener struct {
	Proto string `xml:"proto,attr"`
	Port  int    `xml:"port,attr"`
}

type Limits struct {
	MaxClients int     `xml:"max-clients"`
	Timeout    float64 `xml:"timeout,omitempty"`
}

type Config struct {
	XMLName   xml.Name   `xml:"server"`
	Name      string     `xml:"name,attr"`
	Listeners []Listener `xml:"listen"`
	Limits    *Limits    `xml:"limits"`
	Motd      string     `xml:"motd>line"`
	Admins    []string   `xml:"admins>admin"`
}

const doc = `<?xml version="1.0"?>
<server name="echo">
  <listen proto="tcp" port="7000"/>
  <listen proto="udp" port="7001"/>
  <limits><max-clients>64</max-clients></limits>
  <motd><line>hello &amp; welcome</line></motd>
  <admins><admin>ana</admin><admin>bo</admin></admins>
</server>`

func main() {
	var c Config
	if err := xml.Unmarshal([]byte(doc), &c); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%s %d listeners, first %+v, limits %+v, motd %q, admins %v\n", c.Name, len(c.Listeners), c.Listeners[0], *c.Limits, c.Motd, c.Admins)

	c.Limits.Timeout = 2.5
	c.Listeners = append(c.Listeners, Listener{"tcp", 7443})
	out, err := xml.MarshalIndent(c, "", "\t")
	fmt.Println(xml.Header+string(out), err)

	var again Config
	err = xml.Unmarshal(out, &again)
	fmt.Println(err, len(again.Listeners), again.Limits.Timeout, again.XMLName.Local)

	// Each part alone: a part that has no XMLName is named by its type.
	for _, v := range []any{c.Listeners[2], *c.Limits, c.Limits} {
		b, err := xml.Marshal(v)
		fmt.Println(string(b), err)
	}

	var bad Config
	err = xml.Unmarshal([]byte(`<server><limits><max-clients>many</max-clients></limits></server>`), &bad)
	fmt.Println("bad:", err)
	err = xml.Unmarshal([]byte(`<client name="x"/>`), &bad)
	fmt.Println("wrong root:", err)
}
