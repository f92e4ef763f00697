package config

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/kakehashi/kakehashi/internal/suggest"

	"gopkg.in/yaml.v3"
)

var unknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type config\.(\w+)$`)

// typeProblems turns the decoder's type errors into problems: an unknown
// key names the closest key of its section ("did you mean"), anything
// else (a string where a number goes) is reported as the decoder says.
func typeProblems(te *yaml.TypeError) []Problem {
	var out []Problem
	for _, e := range te.Errors {
		m := unknownField.FindStringSubmatch(e)
		if m == nil {
			out = append(out, Problem{"yaml", e})
			continue
		}
		msg := fmt.Sprintf("unknown key %q (line %s)", m[2], m[1])
		if t, ok := sectionTypes()[m[3]]; ok {
			if best := suggest.Closest(m[2], yamlKeys(t), 2); best != "" {
				msg += fmt.Sprintf(": did you mean %q?", best)
			} else {
				msg += ": known keys are " + strings.Join(yamlKeys(t), ", ")
			}
		}
		out = append(out, Problem{"yaml", msg})
	}
	return out
}

// sectionTypes maps the name of every struct type reachable from Config
// to its type.
func sectionTypes() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || out[t.Name()] != nil {
			return
		}
		out[t.Name()] = t
		for i := 0; i < t.NumField(); i++ {
			walk(t.Field(i).Type)
		}
	}
	walk(reflect.TypeOf(Config{}))
	return out
}

// yamlKeys are the keys a struct type takes in YAML.
func yamlKeys(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}
