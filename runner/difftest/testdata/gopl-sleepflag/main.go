// difftest: same
// args: -period 15ms
package main

// sleep of chapter 7 of The Go Programming Language: flag.Duration
// parses "15ms" into a time.Duration, whose String method prints it; the
// program sleeps that long. Then the flag.Value interface through a
// FlagSet of its own: an invalid duration's error, the default printed by
// PrintDefaults, and Visit over the flags that were set.

import (
	"flag"
	"fmt"
	"os"
	"time"
)

var period = flag.Duration("period", 1*time.Second, "sleep period")

func main() {
	flag.Parse()
	fmt.Printf("Sleeping for %v...", *period)
	start := time.Now()
	time.Sleep(*period)
	fmt.Println(time.Since(start) >= *period)

	fs := flag.NewFlagSet("sleep", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	d := fs.Duration("period", 1500*time.Millisecond, "sleep `period`")
	verbose := fs.Bool("v", false, "verbose")
	fmt.Println(fs.Parse([]string{"-period", "soon"}))
	fmt.Println(fs.Parse([]string{"-period=2h45m", "-v", "rest"}), *d, *verbose, fs.Args())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set: %s = %v\n", f.Name, f.Value) })
	fs.PrintDefaults()
	fmt.Println(d.Hours(), d.Round(time.Hour), time.Duration(90)*time.Second)
}
