using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>An interface string the templates use: its key, the placeholders its text must hold, and what it is for.</summary>
/// <param name="Key">The key in <c>ui.yaml</c>.</param>
/// <param name="Placeholders">Placeholders every translation must keep, for example <c>number</c> for <c>{number}</c>.</param>
/// <param name="Description">Where it is shown, for translators and editors.</param>
internal sealed record UiKey(string Key, ImmutableArray<string> Placeholders, string Description);

/// <summary>Every interface string, with the placeholders it takes.</summary>
internal static class UiKeys
{
    public static ImmutableArray<UiKey> All { get; } =
    [
        new("site_title", [], "The guide's name, at the top of every page."),
        new("site_tagline", [], "One line under the name on the index page."),
        new("skip_to_content", [], "The link keyboard and screen reader users follow to skip the header."),
        new("all_topics", [], "Heading of the list of every topic, and the navigation link to it."),
        new("topic_count", ["count"], "How many topics the guide has, under the heading of the list of every topic; {count} is the number. Give one form per plural category of your language (one, other; Arabic: zero, one, two, few, many, other)."),
        new("start_here", [], "Heading of the short reading path for someone who has just learned a person close to them is struggling."),
        new("crisis_heading", [], "Heading of the crisis box on every page."),
        new("crisis_intro", [], "The first line of the crisis box: when to get help now."),
        new("crisis_emergency", ["number"], "The emergency number line of the crisis box; {number} is the region's emergency number."),
        new("crisis_elsewhere", [], "Introduces the helpline directory for readers in another country."),
        new("crisis_more", [], "Link from the crisis box to the crisis page with every country."),
        new("crisis_page_title", [], "Title of the crisis page, and the navigation link to it."),
        new("crisis_page_intro", [], "What to do now, at the top of the crisis page."),
        new("contact_call", ["number"], "Link to call a crisis service; {number} is its phone number."),
        new("contact_text", ["number"], "Link to text a crisis service; {number} is its number."),
        new("contact_chat", [], "Link to a crisis service's online chat."),
        new("contact_web", [], "Link to a crisis service's website."),
        new("try_saying", [], "Label over phrases that help."),
        new("avoid_saying", [], "Label over phrases that tend to hurt."),
        new("why", [], "Label before the reason a phrase hurts."),
        new("related_topics", [], "Heading of the related topics of a topic."),
        new("sources", [], "Heading of a topic's sources."),
        new("reviewed", ["date"], "When a topic was last reviewed; {date} is the date."),
        new("next_review", ["date"], "When a topic is next due for review; {date} is the date."),
        new("content_version", ["version"], "The content version at the foot of pages; {version} is the version."),
        new("verified", ["date"], "When a crisis service's details were last checked; {date} is the date."),
        new("on_this_page", [], "Heading of a topic's table of contents."),
        new("crisis_steps", [], "After the link to the topic on helping in a crisis, in the crisis box and on the crisis page."),
        new("audience_views", [], "Heading of the links to the pages for each audience (parents, partners, managers, ...) on the index page."),
        new("audience_intro", [], "The first line of a page for one audience."),
        new("audience_tips", [], "Heading over the tips written for one audience, under a topic on that audience's page."),
        new("audience_family", [], "Title of the page for family members."),
        new("audience_friend", [], "Title of the page for friends."),
        new("audience_partner", [], "Title of the page for partners (husbands, wives, boyfriends, girlfriends)."),
        new("audience_parent", [], "Title of the page for parents and carers of a child or young person."),
        new("audience_coworker", [], "Title of the page for coworkers."),
        new("audience_manager", [], "Title of the page for managers at work."),
        new("audience_teacher", [], "Title of the page for teachers and school staff."),
        new("audience_professional", [], "Title of the page for health and care professionals."),
        new("reading_order", [], "Name of the links to the previous and next topic at the end of a topic, for screen readers."),
        new("previous_topic", [], "Before the title of the previous topic in reading order, at the end of a topic."),
        new("next_topic", [], "Before the title of the next topic in reading order, at the end of a topic."),
        new("crisis_regions", [], "Heading of the links at the top of the crisis page that jump to each country's services."),
        new("languages", [], "Name of the list of links to the same page in other languages, for screen readers."),
        new("choose_language", [], "Heading of the list of languages on the site's first page."),
        new("crisis_step_danger", [], "Step 1 of what to do now, on the crisis page: call the emergency number if anyone is in danger now."),
        new("crisis_step_stay", [], "Step 2 on the crisis page: stay with them if it is safe."),
        new("crisis_step_line", [], "Step 3 on the crisis page: call or text a crisis line when no one is in danger right now."),
        new("crisis_step_safer", [], "Step 4 on the crisis page: put away things they could hurt themselves with, if it is safe. Give no method detail."),
        new("crisis_step_after", [], "Step 5 on the crisis page: afterwards, read what to do next and look after yourself. A link to the topic on helping in a crisis follows."),
        new("license_line", [], "At the end of every topic, before the link to the content license (CC BY 4.0): who may reuse the text and how."),
        new("about_title", [], "Title of the about page, and the link to it at the foot of every page."),
        new("about_what", [], "First paragraph of the about page: what the guide is and who it is for."),
        new("about_not", [], "On the about page: what the guide is not (not medical advice, not an emergency service). Safety text: keep the meaning exact."),
        new("about_how_heading", [], "Heading on the about page over how the guide is written, sourced and reviewed."),
        new("about_written", [], "On the about page: how topics are written and sourced."),
        new("about_review", [], "On the about page: how topics and crisis details are reviewed and dated."),
        new("about_report_heading", [], "Heading on the about page over how to report a problem."),
        new("about_report", [], "On the about page: what problems to report (a mistake, a broken link, a wrong phone number)."),
        new("about_report_link", [], "Link text to the publisher's page or address for reporting a problem, when the site has one."),
        new("about_report_publisher", [], "On the about page when the site gives no address for reports: contact whoever publishes the site."),
        new("not_found_title", [], "Title of the page shown for an address that does not exist."),
        new("not_found_text", [], "On the page not found: the page does not exist or has moved; links to all topics and search follow."),
        new("search", [], "The navigation link to the search page, and its title."),
        new("search_intro", [], "First line of the search page: every topic is listed below, and typing narrows the list."),
        new("search_label", [], "Label of the search box."),
        new("search_results", ["count"], "How many topics match the words typed in the search box; {count} is the number. Give one form per plural category of your language."),
        new("untranslated_notice", [], "Shown on a part of a page not yet translated, which is shown in the guide's original language."),
        new("drifted_notice", [], "Shown on a part translated from an earlier version of the original, which has changed since."),
    ];

    public static UiKey? Find(string key) => All.FirstOrDefault(k => k.Key == key);
}
