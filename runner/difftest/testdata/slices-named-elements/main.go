// difftest: same
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// slices, maps and cmp on types the program declares: on basic types with
// and without methods (a String, an Error, others), a named slice type,
// and a struct; with untyped constants where Go converts them.
type Port uint16

func (p Port) String() string { return fmt.Sprintf(":%d", uint16(p)) }

type Ports []Port

func (ps Ports) Len() int { return len(ps) }

type Load float64

type Name string

func (n Name) Short() Name { return n[:1] }

func (n Name) String() string { return "<" + string(n) + ">" }

type Code int8

func (c Code) Error() string { return fmt.Sprint("code ", int8(c)) }

type Service struct {
	Name Name
	Port Port
}

func main() {
	ports := Ports{8080, 22, 443}
	fmt.Println(slices.Contains(ports, 22), slices.Index(ports, 443), slices.Contains(ports, 80))
	fmt.Println(slices.IndexFunc(ports, func(p Port) bool { return p < 100 }), slices.ContainsFunc(ports, func(p Port) bool { return p > 9000 }))
	sorted := slices.Clone(ports)
	slices.Sort(sorted)
	i, found := slices.BinarySearch(sorted, 443)
	fmt.Println(sorted, ports, i, found, slices.Max(ports), slices.Min(ports))
	slices.SortFunc(sorted, func(a, b Port) int { return cmp.Compare(b, a) })
	fmt.Println(sorted, slices.IsSorted(sorted), cmp.Compare(ports[0], 22), cmp.Less(ports[1], 23))
	fmt.Println(slices.Equal(ports, Ports{8080, 22, 443}), slices.Compare(ports, Ports{8080, 23}), slices.Compact(Ports{1, 1, 2, 2, 1}))
	fmt.Println(slices.EqualFunc(ports, sorted, func(a, b Port) bool { return a == b }), slices.CompareFunc(ports, sorted, func(a, b Port) int { return cmp.Compare(a, b) }))
	fmt.Println(slices.Insert(slices.Clone(ports), 1, 80), slices.Delete(slices.Clone(ports), 0, 1), cmp.Or(Port(0), 0, 7))

	loads := []Load{0.5, 2, 1.25}
	fmt.Println(slices.Contains(loads, 2), slices.Index(loads, 1.25), slices.Max(loads), cmp.Compare(loads[0], 1), cmp.Or(Load(0), 3))

	names := []Name{"web", "db", "cache"}
	fmt.Println(slices.Contains(names, "db"), slices.Index(names, Name("cache")), slices.Sorted(slices.Values(names)), cmp.Compare(names[0], "x"))
	fmt.Println(slices.IndexFunc(names, func(n Name) bool { return n.Short() == "c" }), cmp.Or(Name(""), names[1]))

	codes := []Code{3, 1, 2}
	fmt.Println(slices.Contains(codes, 2), slices.Index(codes, 1), slices.Sorted(slices.Values(codes)), cmp.Less(codes[0], 2))

	byName := map[Name]Port{"web": 8080, "db": 5432}
	fmt.Println(slices.Sorted(maps.Keys(byName)), slices.Sorted(maps.Values(byName)))
	fmt.Println(maps.Collect(maps.All(byName)), maps.Equal(byName, maps.Clone(byName)))
	byPort := map[Port]Name{8080: "web", 22: "ssh"}
	maps.DeleteFunc(byPort, func(p Port, _ Name) bool { return p == 22 })
	fmt.Println(byPort, slices.Collect(maps.Keys(byPort)))

	services := []Service{{"web", 8080}, {"db", 5432}}
	fmt.Println(slices.Contains(services, Service{"db", 5432}), slices.Index(services, Service{"web", 80}))
	slices.SortFunc(services, func(a, b Service) int { return cmp.Compare(a.Port, b.Port) })
	fmt.Println(services, slices.IndexFunc(services, func(s Service) bool { return s.Name == "web" }))
	fmt.Println(slices.Compact([]Service{{"a", 1}, {"a", 1}, {"b", 2}}), slices.Equal(services, []Service{{"db", 5432}, {"web", 8080}}))
}
