// difftest: same
package main

// The Go Programming Language, 4.4: the Employee struct, pointers to it
// from a function, a struct literal of a Point, comparable structs as map
// keys, struct embedding of Point in Circle in Wheel with %#v.

import (
	"fmt"
	"time"
)

type Employee struct {
	ID        int
	Name      string
	Address   string
	DoB       time.Time
	Position  string
	Salary    int
	ManagerID int
}

var dilbert Employee

var staff = map[int]*Employee{}

func EmployeeByID(id int) *Employee { return staff[id] }

type Point struct{ X, Y int }

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

type address struct {
	hostname string
	port     int
}

func Scale(p Point, factor int) Point { return Point{p.X * factor, p.Y * factor} }

func AwardAnnualRaise(e *Employee) { e.Salary = e.Salary * 105 / 100 }

func main() {
	dilbert = Employee{ID: 1, Name: "Dilbert", Position: "Engineer", Salary: 5000, ManagerID: 2,
		DoB: time.Date(1989, 4, 16, 0, 0, 0, 0, time.UTC)}
	boss := &Employee{ID: 2, Name: "Pointy-haired boss", Position: "Manager", Salary: 9000}
	staff[1], staff[2] = &dilbert, boss

	dilbert.Salary -= 5000
	position := &dilbert.Position
	*position = "Senior " + *position
	var employeeOfTheMonth *Employee = &dilbert
	employeeOfTheMonth.Position += " (proactive team player)"
	fmt.Println(EmployeeByID(dilbert.ManagerID).Position)
	EmployeeByID(1).Salary = 0
	AwardAnnualRaise(boss)
	fmt.Println(dilbert.Name, dilbert.Position, dilbert.Salary, boss.Salary, dilbert.DoB.Format("2006-01-02"))

	fmt.Println(Scale(Point{1, 2}, 5))
	p := Point{1, 2}
	q := Point{2, 1}
	fmt.Println(p.X == q.X && p.Y == q.Y, p == q)

	hits := make(map[address]int)
	hits[address{"golang.org", 443}]++
	hits[address{"golang.org", 443}]++
	fmt.Println(hits)

	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w = Wheel{
		Circle: Circle{
			Point:  Point{X: 8, Y: 8},
			Radius: 5,
		},
		Spokes: 20,
	}
	w.X = 42
	fmt.Printf("%#v\n", w)
	fmt.Printf("%+v\n", w)
	pp := &Point{1, 2}
	fmt.Println(pp, *pp)
}
