// difftest: same
// A health checker prints the probes it declares inside main, and the
// method it measures with, with verbs it reads from a table at run time:
// %+v names the local type's unexported fields, %T and %#v name it
// main.probe, and a method expression func(main.Point, main.Point)
// float64, as Go does.
package main

import (
	"fmt"
	"log"
	"os"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 {
	dx, dy := q.X-p.X, q.Y-p.Y
	return dx*dx + dy*dy
}

var styles = map[string]string{
	"plain":  "%v",
	"fields": "%+v",
	"type":   "%T",
	"go":     "%#v",
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	type probe struct {
		host string
		port int
		Up   bool
		At   Point
	}
	probes := []probe{{"alpha", 80, true, Point{1, 2}}, {"beta", 443, false, Point{}}}
	for i, name := range []string{"plain", "fields", "type", "go"} {
		f := styles[name]
		log.Printf("probe %d: "+f, i, probes[i%2])
		fmt.Printf("all as "+name+": "+f+"\n", probes)
	}
	layout := styles["type"] + "\n"
	fmt.Printf(layout, Point.Distance)
	dist := Point{}.Distance
	log.Printf(styles["type"]+" = %.1f", dist, dist(Point{3, 4}))
	type pair struct{ a, b probe }
	log.Printf(styles["fields"], pair{probes[0], probes[1]})
	fmt.Println(fmt.Sprintf(styles["go"], &probes[1]))
}
