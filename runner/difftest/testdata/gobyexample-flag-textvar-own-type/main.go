// difftest: refused flag.TextVar of a variable of the program's own type, which the interpreter hands flag in a wrapper, not as a pointer
// args: -when 2024-01-02 -ip 127.0.0.1
package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"time"
)

type day struct{ t time.Time }

func (d *day) UnmarshalText(b []byte) error {
	t, err := time.Parse(time.DateOnly, string(b))
	d.t = t
	return err
}

func (d day) MarshalText() ([]byte, error) { return []byte(d.t.Format(time.DateOnly)), nil }

func main() {
	var ip net.IP
	flag.TextVar(&ip, "ip", net.IPv4(192, 168, 0, 1), "an IP")
	var when day
	flag.TextVar(&when, "when", day{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}, "a day")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Parse()
	fmt.Println(ip, when.t.Format(time.RFC1123))
	flag.PrintDefaults()
}
