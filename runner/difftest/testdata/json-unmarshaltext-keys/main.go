// difftest: same
package main

// Firewall rules read from JSON, keyed by a Port that decodes itself from
// text (encoding.TextUnmarshaler) like "80/tcp", and whose action is a
// Verdict read from text as well: the decoder calls UnmarshalText for a
// map's key, even of a string type, and for a string value.

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Port is a port number and its protocol.
type Port struct {
	N     int
	Proto string
}

// UnmarshalText reads "80/tcp".
func (p *Port) UnmarshalText(b []byte) error {
	n, proto, ok := strings.Cut(string(b), "/")
	if !ok {
		return fmt.Errorf("port %q has no protocol", b)
	}
	v, err := strconv.Atoi(n)
	if err != nil {
		return err
	}
	p.N, p.Proto = v, proto
	return nil
}

// Verdict is what a rule does, in upper case.
type Verdict string

// UnmarshalText reads a verdict in any case.
func (v *Verdict) UnmarshalText(b []byte) error {
	*v = Verdict(strings.ToUpper(string(b)))
	return nil
}

func main() {
	var rules map[Port]Verdict
	err := json.Unmarshal([]byte(`{"80/tcp":"accept","53/udp":"Drop","22/tcp":"reject"}`), &rules)
	fmt.Println(err, len(rules))
	var keys []Port
	for p := range rules {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].N < keys[j].N })
	for _, p := range keys {
		fmt.Println(p.N, p.Proto, rules[p])
	}
	names := map[Verdict]int{}
	err = json.Unmarshal([]byte(`{"ok":1,"Ok":2,"no":3}`), &names)
	fmt.Println(err, names)
	var vs []Verdict
	err = json.Unmarshal([]byte(`["a",7,"b"]`), &vs)
	fmt.Println(vs, err)
	err = json.Unmarshal([]byte(`{"http":"accept"}`), &rules)
	fmt.Println(err)
}
