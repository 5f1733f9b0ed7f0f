#pragma once
// Words the committee paper uses for the plan's values, the same in every
// format: dates and periods in words, states and RAG as capitalised words,
// counts with the right verb.
#include <string>

#include "model/plan.hpp"
#include "query/action_state.hpp"
#include "query/kpi_state.hpp"
#include "render/report/report_doc.hpp"

namespace plan {

std::string due_words(const Due& due);           // "June 2017", "30 June 2017"
std::string period_words(const Period& p);       // "September 2017", "2016/17", "2017/18 Q2"
std::string period_words(const std::string& text);  // the same for a period as written ("2017-09")
std::string period_short(const Period& p);       // "Sep 2017": for chart axes
std::string state_word(State s);                 // "Overdue"
Brag state_tone(State s);
std::string rag_word(Brag b);                    // "Red"; "Not rated" for none
std::string grade_word(const Field<Grade>& g);   // "Requires improvement"
std::string direction_word(Direction d);         // "Improving"
std::string capitalised(std::string s);

Span state_tag(State s);
Span rag_tag(Brag b);
Span exempt_tag();

// "the Cabinet"; a title that starts with "The" keeps its own.
std::string the_title(const std::string& title);
// "none is", "1 is", "3 are"
std::string is_are(int n);
// The recommendation numbers an action links, as written: "6", "1-17", "all".
std::string recommendation_links(const Action& a);
// The leads joined with "; ", or "No lead named".
std::string leads_text(const std::vector<std::string>& leads);
// "PE-1: Fidelity to the Signs of Safety model"
std::string action_name(const Action& a);
// "17% (September 2017)" or "No figures"
std::string kpi_latest_text(const Kpi& kpi, const KpiState& s);
// "85% or more by March 2018", "Better than a year earlier", "None set"
std::string kpi_target_words(const Kpi& kpi);
// "England 17.9% (2015/16); Statistical neighbours 17% (2015/16)", or "None"
std::string comparators_text(const Kpi& kpi);

}  // namespace plan
