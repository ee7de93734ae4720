// difftest: same
package main

// embed of chapter 4 of The Go Programming Language: Circle embeds Point
// and Wheel embeds Circle, so wheel.X reaches through both; the literal
// forms with field names, and the output of %v and %#v, whose # adverb
// prints the fields' names and the types' names as Go syntax.

import "fmt"

type Point struct {
	X, Y int
}

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

type Employee struct {
	ID        int
	Name      string
	Address   string
	Position  string
	Salary    int
	ManagerID int
}

var dilbert Employee

func EmployeeByID(id int) *Employee {
	if id == dilbert.ID {
		return &dilbert
	}
	return nil
}

func main() {
	var w Wheel
	w.X = 8      // equivalent to w.Circle.Point.X = 8
	w.Y = 8      // equivalent to w.Circle.Point.Y = 8
	w.Radius = 5 // equivalent to w.Circle.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)

	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w = Wheel{
		Circle: Circle{
			Point:  Point{X: 8, Y: 8},
			Radius: 5,
		},
		Spokes: 20, // NOTE: trailing comma necessary here (and at Radius)
	}
	fmt.Printf("%#v\n", w)
	w.X = 42
	fmt.Printf("%#v\n", w)
	fmt.Printf("%v %+v\n", w, w)

	dilbert = Employee{ID: 1, Name: "Dilbert", Position: "Engineer", Salary: 5000}
	dilbert.Salary -= 5000 // demoted, for writing too few lines of code
	position := &dilbert.Position
	*position = "Senior " + *position // promoted, for outsourcing to Elbonia
	var employeeOfTheMonth *Employee = &dilbert
	employeeOfTheMonth.Position += " (proactive team player)"
	EmployeeByID(dilbert.ID).Salary = 0
	fmt.Printf("%+v\n", dilbert)
	fmt.Println(EmployeeByID(2) == nil, (*employeeOfTheMonth).Position)
	anon := struct {
		Point
		Name string
	}{Point{1, 2}, "anon"}
	fmt.Printf("%v %+v %d\n", anon, anon, anon.X)
}
