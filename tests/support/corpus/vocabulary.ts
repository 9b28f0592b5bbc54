import type { Random } from './random';

/** Course names by field, in the shapes CE catalogs use (colons, ampersands, apostrophes, levels, parentheses). */
export const FITNESS_COURSES = [
  'Corrective Exercise for Runners',
  'Functional Training for Older Adults',
  'Youth Exercise: Foundations & Progressions',
  "Women's Health Coaching",
  'Kettlebell Training Level 2',
  'Behavior Change Strategies for Fitness Professionals',
  'Deep Water Interval Training',
  'Mobility and Flexibility Essentials',
  'Strength Training for Golf Performance',
  'Nutrition for Endurance Athletes',
  'Postnatal Core Restoration',
  'Program Design for Group Fitness (Advanced)',
  'Resistance Band Training',
  'Sleep, Stress and Recovery',
  'Aquatic Arthritis Exercise',
  'Senior Fitness Specialist Refresher',
  'Muscle Imbalances of the Lower Body',
  'Periodization Fundamentals',
  'HIIT Design for Small Groups',
  'Exercise Technique: The Deadlift',
  'ACL Injury Prevention: A Team Approach',
  'Working With Clients Who Have Diabetes',
  'Pre- and Postnatal Exercise, Part 2',
  'Stretching 101',
  'Balance & Falls in the Older Adult – 2025 Update',
];
export const HEALTH_COURSES = [
  'Trauma-Informed Care in Clinical Practice',
  'Ethics for Social Workers: Boundaries & Dual Relationships',
  'Cognitive Behavioral Therapy for Anxiety',
  'Pain Neuroscience Education',
  'Vestibular Rehabilitation: Evaluation and Treatment',
  'Opioid Safety and Pain Management',
  'Medical Errors Prevention',
  'Telehealth Best Practices for Therapists',
  'Motivational Interviewing Essentials',
  'Concussion Management in Athletes',
  'Documentation for Occupational Therapy',
  'Dementia Care: Communication Strategies',
  'Suicide Risk Assessment (2 Hours)',
  'Implicit Bias in Healthcare',
  'Motivational Interviewing: Part II (Advanced Skills)',
  'HIPAA Privacy for Therapists',
  'Grief, Loss and Bereavement Counseling',
  'Shoulder Rehabilitation After Rotator Cuff Repair',
  'Infection Control for Healthcare Professionals',
  'Mindfulness-Based Interventions',
  'Hand Therapy: Splinting Basics',
];
export const TECH_COURSES = [
  'Working with BigQuery',
  'Introduction to TypeScript',
  'Project Management Foundations',
  'Agile Project Management',
  'Excel: Advanced Formulas and Functions',
  'Git and GitHub Basics',
  'Data Visualization with Python',
  'Financial Accounting Fundamentals',
  'Cybersecurity Awareness',
  'Leading Without Formal Authority',
  'Machine Learning Foundations',
  'Business Writing Essentials',
  'SQL for Data Analysis',
  'Cloud Computing Concepts',
  'Public Speaking',
  'Negotiation Skills',
];

export const LEARNERS = [
  'Taylor Brooks',
  'Dana Ruiz',
  'Priya Natarajan',
  'Marcus Allen',
  'Jordan Lee',
  'Sofia Moretti',
  'Kwame Mensah',
  'Emily Chen',
  'Alex Kowalski',
  'Fatima Haddad',
  'Liam O’Connor',
  'Grace Park',
];
/** A credential after the name, as fitness and health certificates print it. */
export const POSTNOMINALS = ['', '', ', NASM-CPT', ', CSCS', ', RN', ', LCSW', ', OTR/L', ', ATC', ', PT, DPT'];
export const INSTRUCTORS = [
  'Daniel Stern',
  'Vlad Budnitski',
  'Dr. Kelsey Walker',
  'Maria Santos',
  'Ben Fischer',
  'Aisha Karim',
];
export const SIGNERS = [
  'Dr. Kelsey Walker, Director of Education',
  'Michael Ortiz, Chief Learning Officer',
  'Sarah Nguyen, CE Program Manager',
];
export const UNIVERSITIES: ReadonlyArray<[string, string]> = [
  ['University of Michigan', 'MichiganX'],
  ['Rochester Institute of Technology', 'RITx'],
  ['University of Edinburgh', 'EdinburghX'],
  ['Harvard University', 'HarvardX'],
  ['IBM', 'IBM'],
  ['Google Cloud', 'GoogleCloud'],
  ['Meta', 'Meta'],
  ['Rutgers the State University of New Jersey', 'RutgersX'],
];
export const SKILLS = [
  'Project Management',
  'Data Analysis',
  'Leadership',
  'Communication',
  'Cloud Computing',
  'Coaching',
];

export function learner(random: Random): string {
  return random.pick(LEARNERS);
}

/** HTML text: the generator writes markup as strings. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
